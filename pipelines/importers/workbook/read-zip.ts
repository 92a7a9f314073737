import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipFormatError extends Error {}

/**
 * The entries of a ZIP archive (an .xlsx workbook is one), read whole into memory: workbooks the pipeline
 * reads are a few MB. Only what Office writes is supported: stored or deflated entries, no ZIP64, no
 * encryption. Entries are inflated on demand.
 */
export async function readZip(path: string): Promise<Map<string, () => Buffer>> {
  const bytes = await readFile(path);
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, () => Buffer>();
  for (let index = 0; index < count; index++) {
    if (bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
      throw new ZipFormatError("damaged central directory");
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localHeader = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString("utf8", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff)
      throw new ZipFormatError("ZIP64 archive");
    entries.set(name, () => {
      if (bytes.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER)
        throw new ZipFormatError(`damaged entry ${name}`);
      const start =
        localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
      const data = bytes.subarray(start, start + compressedSize);
      if (method === STORED) return data;
      if (method === DEFLATED) return inflateRawSync(data);
      throw new ZipFormatError(`entry ${name} uses compression method ${method}`);
    });
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new ZipFormatError("no end of central directory (not a ZIP archive, or cut short)");
}
