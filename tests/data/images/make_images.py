#!/usr/bin/python3
"""Writes the small images the PDF writer's tests embed. Run from this folder; the outputs are
committed, so tests never depend on PIL's encoder version.

  photo.jpg        64x48 RGB baseline JPEG (embedded byte for byte, DCTDecode)
  grey.jpg         32x32 greyscale JPEG
  cmyk.jpg         32x32 CMYK JPEG with an Adobe APP14 marker (inverted samples)
  progressive.jpg  64x48 progressive JPEG
  logo-rgba.png    48x32 RGBA PNG with a transparent corner (SMask)
  palette.png      40x20 palette PNG with a tRNS transparent index
  grey.png         16x16 8-bit greyscale PNG
  deep16.png       16x16 16-bit RGB PNG
  corrupt.png      a PNG signature followed by garbage
  truncated.jpg    the first 200 bytes of photo.jpg
  bomb.png         a valid PNG header that declares 100000 x 100000 pixels
"""
import struct
import zlib

from PIL import Image, ImageDraw


def gradient(w, h):
    im = Image.new("RGB", (w, h))
    px = im.load()
    for y in range(h):
        for x in range(w):
            px[x, y] = (x * 255 // max(w - 1, 1), y * 255 // max(h - 1, 1), 128)
    return im


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    photo = gradient(64, 48)
    ImageDraw.Draw(photo).ellipse((16, 8, 48, 40), fill=(200, 30, 30))
    photo.save("photo.jpg", quality=85)
    photo.save("progressive.jpg", quality=85, progressive=True)
    gradient(32, 32).convert("L").save("grey.jpg", quality=90)
    gradient(32, 32).convert("CMYK").save("cmyk.jpg", quality=90)

    rgba = Image.new("RGBA", (48, 32), (20, 80, 160, 255))
    ImageDraw.Draw(rgba).polygon([(0, 0), (20, 0), (0, 20)], fill=(0, 0, 0, 0))
    rgba.save("logo-rgba.png")

    pal = Image.new("P", (40, 20), 0)
    pal.putpalette([255, 255, 255, 200, 0, 0, 0, 120, 0] + [0] * (253 * 3))
    d = ImageDraw.Draw(pal)
    d.rectangle((0, 0, 19, 19), fill=1)
    d.rectangle((20, 0, 39, 9), fill=2)
    pal.save("palette.png", transparency=0)

    gradient(16, 16).convert("L").save("grey.png")

    # 16-bit RGB written by hand: PIL cannot write 16-bit colour PNGs.
    rows = b"".join(b"\x00" + b"".join(struct.pack(">HHH", x * 4000, y * 4000, 30000) for x in range(16))
                    for y in range(16))
    ihdr = struct.pack(">IIBBBBB", 16, 16, 16, 2, 0, 0, 0)
    with open("deep16.png", "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))

    with open("corrupt.png", "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + b"this is not a PNG stream at all" * 4)
    with open("photo.jpg", "rb") as f:
        head = f.read(200)
    with open("truncated.jpg", "wb") as f:
        f.write(head)

    ihdr = struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0)
    with open("bomb.png", "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) +
                chunk(b"IEND", b""))


if __name__ == "__main__":
    main()
