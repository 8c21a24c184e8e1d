#!/usr/bin/env python3
"""Draws the images under tests/fixtures/qr-images/ that tests/qr_image.rs reads.

They stand for what a creator saves from a phone: a "My QR code" screen with a status
bar, a name, a caption and buttons around the code, as a lossless PNG screenshot and as
a JPEG that was resized, tilted and recompressed on the way; a WebP and a GIF of a
smaller code; two codes on one screen; and the same screen with no code at all.

The codes are drawn with `segno`, an encoder independent of hutong's own, so the tests
read codes hutong did not make. Text uses Pillow's built-in font, not a system one, so
the output depends only on the pinned versions below.

    python3 -m venv /tmp/fixtures-venv
    /tmp/fixtures-venv/bin/pip install pillow==13.0.0 segno==1.6.6
    /tmp/fixtures-venv/bin/python scripts/qr-image-fixtures.py

The payloads are listed in tests/qr_image.rs; change both together.
"""

from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "qr-images"

PNG_TEXT = "https://u.wechat.com/EHxmXiaoman_art-Q1"
JPEG_TEXT = "https://u.wechat.com/MJx9_Zh2LqPw-jpeg"
WEBP_TEXT = "https://weixin.qq.com/g/AQYAAGxmWebPgroup"
GIF_TEXT = "http://weixin.qq.com/r/abcDEF-gif"
TWO_TEXTS = ("https://example.com/first", "https://example.com/second")


def font(size):
    return ImageFont.load_default(size=size)


def code_image(text, scale, error="h"):
    """The code, black on white, with its 4-module quiet zone, `scale` px a module."""
    qr = segno.make(text, error=error, micro=False)
    size = qr.symbol_size(scale=1, border=4)[0]
    img = Image.new("L", (size, size), 255)
    px = img.load()
    for y, row in enumerate(qr.matrix_iter(scale=1, border=4)):
        for x, dark in enumerate(row):
            if dark:
                px[x, y] = 0
    return img.resize((size * scale, size * scale), Image.NEAREST)


def screen(width, height, codes, caption):
    """A phone screen: status bar, title, profile row, the codes on a card, caption,
    buttons. `codes` is a list of (text, module px)."""
    img = Image.new("RGB", (width, height), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 40), fill=(250, 250, 250))
    d.text((16, 10), "9:41", fill=(0, 0, 0), font=font(20))
    d.text((width - 90, 10), "5G 87%", fill=(0, 0, 0), font=font(18))
    d.text((width // 2 - 60, 60), "My QR Code", fill=(20, 20, 20), font=font(26))

    card_top = 120
    card = (24, card_top, width - 24, height - 170)
    d.rounded_rectangle(card, radius=18, fill=(255, 255, 255))
    d.rounded_rectangle((48, card_top + 24, 112, card_top + 88), radius=8, fill=(230, 140, 60))
    d.text((128, card_top + 28), "Xiaoman Illustration", fill=(0, 0, 0), font=font(24))
    d.text((128, card_top + 60), "Hangzhou, China", fill=(120, 120, 120), font=font(18))

    if codes:
        images = [code_image(text, scale) for text, scale in codes]
        gap = 24
        total = sum(i.width for i in images) + gap * (len(images) - 1)
        x = (width - total) // 2
        y = card_top + 120
        for img_code in images:
            img.paste(img_code.convert("RGB"), (x, y))
            # The avatar WeChat puts in the middle of its codes (level H absorbs it).
            c = img_code.width // 2
            r = img_code.width // 14
            d.rounded_rectangle(
                (x + c - r, y + c - r, x + c + r, y + c + r), radius=4, fill=(230, 140, 60)
            )
            x += img_code.width + gap
    else:
        # Something square and busy where a code would be: a picture, not a code.
        for i in range(12):
            shade = 40 + i * 15
            d.rectangle(
                (120 + i * 10, 260 + i * 10, width - 120 - i * 10, 560 - i * 10),
                outline=(shade, shade // 2, 200 - i * 10),
                width=4,
            )

    d.text((48, height - 220), caption, fill=(130, 130, 130), font=font(18))
    for i, label in enumerate(("Scan", "Save Image", "Reset")):
        x0 = 24 + i * (width - 48) // 3
        d.rounded_rectangle((x0 + 6, height - 140, x0 + (width - 48) // 3 - 6, height - 90),
                            radius=10, fill=(255, 255, 255))
        d.text((x0 + 20, height - 128), label, fill=(7, 193, 96), font=font(20))
    d.rectangle((0, height - 40, width, height), fill=(250, 250, 250))
    return img


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    caption = "Scan the QR code above to add me on WeChat"

    # A lossless screenshot, codes at 6 px a module.
    screen(540, 960, [(PNG_TEXT, 6)], caption).save(
        OUT / "screenshot.png", optimize=True
    )

    # Drawn large, then resized by a non-integer factor, tilted and saved as JPEG:
    # what a screenshot looks like after a chat app has passed it on.
    big = screen(1080, 1920, [(JPEG_TEXT, 12)], caption)
    small = big.resize((700, 1244), Image.BICUBIC)
    tilted = small.rotate(4, resample=Image.BICUBIC, expand=True, fillcolor=(40, 40, 40))
    tilted.save(OUT / "screenshot.jpg", quality=72, optimize=True)

    # A bare code saved as lossy WebP, and one as a palette GIF.
    webp = Image.new("RGB", (300, 300), (255, 255, 255))
    webp.paste(code_image(WEBP_TEXT, 5, error="m").convert("RGB"), (20, 20))
    webp.save(OUT / "code.webp", quality=60, method=6)

    gif = Image.new("RGB", (280, 320), (250, 248, 240))
    ImageDraw.Draw(gif).text((20, 280), "WeChat Official Account", fill=(0, 0, 0), font=font(18))
    gif.paste(code_image(GIF_TEXT, 6, error="m").convert("RGB"), (10, 10))
    gif.convert("P", palette=Image.ADAPTIVE, colors=16).save(OUT / "code.gif")

    screen(720, 960, [(TWO_TEXTS[0], 6), (TWO_TEXTS[1], 6)], "Two codes").save(
        OUT / "two-codes.png", optimize=True
    )
    screen(540, 960, [], caption).save(OUT / "no-code.png", optimize=True)


if __name__ == "__main__":
    main()
