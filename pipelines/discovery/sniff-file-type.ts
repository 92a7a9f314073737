import { open } from "node:fs/promises";

/**
 * What a file's first bytes say it is, whatever its name: a ZIP archive (an .xlsx workbook), an old
 * OLE2 compound file (.xls), or something else (CSV text, to be read as such).
 */
export async function sniffFileType(path: string): Promise<"zip" | "ole2" | "other"> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    if (bytesRead >= 4 && buffer.readUInt32LE(0) === 0x04034b50) return "zip";
    if (bytesRead === 8 && buffer.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
      return "ole2";
    }
    return "other";
  } finally {
    await handle.close();
  }
}
