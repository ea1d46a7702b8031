// SPDX-License-Identifier: MIT
#include "YuvConversion.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ballsdex::render {

namespace {

// BT.601 studio range, 15-bit fixed point:
// Y = 16 + (65.481 R + 128.553 G + 24.966 B) / 255, U and V likewise around 128.
constexpr int fixedPoint(double value)
{
    return static_cast<int>(value * 32768.0 + (value < 0 ? -0.5 : 0.5));
}
constexpr int yR = fixedPoint(65.481 / 255), yG = fixedPoint(128.553 / 255),
              yB = fixedPoint(24.966 / 255);
// The green weights are derived so that grey stays exactly neutral.
constexpr int uR = fixedPoint(-37.797 / 255), uB = fixedPoint(112.0 / 255), uG = -uR - uB;
constexpr int vR = fixedPoint(112.0 / 255), vB = fixedPoint(-18.214 / 255), vG = -vR - vB;
constexpr int yOffset = (16 << 15) + (1 << 14);
constexpr int uvOffset = (128 << 17) + (1 << 16); // chroma is computed from the sum of 4 pixels

inline uchar luma(int r, int g, int b)
{
    return static_cast<uchar>((yR * r + yG * g + yB * b + yOffset) >> 15);
}

inline uchar luma(QRgb pixel)
{
    return luma(qRed(pixel), qGreen(pixel), qBlue(pixel));
}

// r4, g4, b4: sums (or alpha-weighted sums) over a 2×2 block.
inline void chroma(int r4, int g4, int b4, uchar &u, uchar &v)
{
    u = static_cast<uchar>((uR * r4 + uG * g4 + uB * b4 + uvOffset) >> 17);
    v = static_cast<uchar>((vR * r4 + vG * g4 + vB * b4 + uvOffset) >> 17);
}

struct RowPair
{
    const QRgb *top;
    const QRgb *bottom; ///< == top for an odd last row
    uchar *y0;
    uchar *y1; ///< null for an odd last row
    uchar *u;
    uchar *v;
    uchar *a0;
    uchar *a1;
};

bool isOpaque(const QRgb *row, int width)
{
    QRgb all = 0xff000000u;
    int x = 0;
#if defined(__SSE2__)
    __m128i acc = _mm_set1_epi32(-1);
    for (; x + 4 <= width; x += 4)
        acc = _mm_and_si128(acc, _mm_loadu_si128(reinterpret_cast<const __m128i *>(row + x)));
    acc = _mm_and_si128(acc, _mm_shuffle_epi32(acc, _MM_SHUFFLE(1, 0, 3, 2)));
    acc = _mm_and_si128(acc, _mm_shuffle_epi32(acc, _MM_SHUFFLE(2, 3, 0, 1)));
    all &= static_cast<QRgb>(_mm_cvtsi128_si32(acc));
#endif
    for (; x < width; ++x)
        all &= row[x];
    return qAlpha(all) == 255;
}

// Converts the columns from `from` on; blocks are 2 wide, an odd last column pairs with itself.
void convertOpaque(const RowPair &rows, int width, int from)
{
    for (int x = from; x < width; x += 2) {
        const int x1 = std::min(x + 1, width - 1);
        const QRgb p00 = rows.top[x], p01 = rows.top[x1];
        const QRgb p10 = rows.bottom[x], p11 = rows.bottom[x1];
        rows.y0[x] = luma(p00);
        rows.y0[x1] = luma(p01);
        if (rows.y1) {
            rows.y1[x] = luma(p10);
            rows.y1[x1] = luma(p11);
        }
        chroma(qRed(p00) + qRed(p01) + qRed(p10) + qRed(p11),
               qGreen(p00) + qGreen(p01) + qGreen(p10) + qGreen(p11),
               qBlue(p00) + qBlue(p01) + qBlue(p10) + qBlue(p11), rows.u[x / 2], rows.v[x / 2]);
    }
}

#if defined(__SSE2__)
// Two full rows, 8 columns at a time; returns how many columns were done.
int convertOpaqueSse2(const RowPair &rows, int width)
{
    const auto pair = [](int low, int high) {
        return _mm_set1_epi32(static_cast<int>((static_cast<unsigned>(high) << 16)
                                               | (static_cast<unsigned>(low) & 0xffffu)));
    };
    // Each 32-bit pixel B,G,R,A splits into 16-bit pairs (B, R) and (G, A) for pmaddwd.
    const __m128i lowBytes = _mm_set1_epi32(0x00ff00ff);
    const __m128i yBR = pair(yB, yR), yGA = pair(yG, 0);
    const __m128i uBR = pair(uB, uR), uGA = pair(uG, 0);
    const __m128i vBR = pair(vB, vR), vGA = pair(vG, 0);
    const __m128i yAdd = _mm_set1_epi32(yOffset), uvAdd = _mm_set1_epi32(uvOffset);

    const auto lumaOf = [&](__m128i br, __m128i ga) {
        const __m128i sum = _mm_add_epi32(_mm_madd_epi16(br, yBR), _mm_madd_epi16(ga, yGA));
        return _mm_srai_epi32(_mm_add_epi32(sum, yAdd), 15);
    };
    // Column sums of two pixels → one value per horizontal pair, in lanes 0 and 1.
    const auto chromaOf = [](__m128i br, __m128i ga, __m128i cBR, __m128i cGA) {
        __m128i sum = _mm_add_epi32(_mm_madd_epi16(br, cBR), _mm_madd_epi16(ga, cGA));
        sum = _mm_add_epi32(sum, _mm_srli_epi64(sum, 32));
        return _mm_shuffle_epi32(sum, _MM_SHUFFLE(3, 1, 2, 0));
    };

    int x = 0;
    for (; x + 8 <= width; x += 8) {
        const auto load = [](const QRgb *p) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        };
        const __m128i t0 = load(rows.top + x), t1 = load(rows.top + x + 4);
        const __m128i b0 = load(rows.bottom + x), b1 = load(rows.bottom + x + 4);
        const __m128i t0br = _mm_and_si128(t0, lowBytes), t0ga = _mm_srli_epi16(t0, 8);
        const __m128i t1br = _mm_and_si128(t1, lowBytes), t1ga = _mm_srli_epi16(t1, 8);
        const __m128i b0br = _mm_and_si128(b0, lowBytes), b0ga = _mm_srli_epi16(b0, 8);
        const __m128i b1br = _mm_and_si128(b1, lowBytes), b1ga = _mm_srli_epi16(b1, 8);

        const __m128i lumaTop = _mm_packs_epi32(lumaOf(t0br, t0ga), lumaOf(t1br, t1ga));
        const __m128i lumaBottom = _mm_packs_epi32(lumaOf(b0br, b0ga), lumaOf(b1br, b1ga));
        const __m128i lumaBytes = _mm_packus_epi16(lumaTop, lumaBottom);
        _mm_storel_epi64(reinterpret_cast<__m128i *>(rows.y0 + x), lumaBytes);
        _mm_storel_epi64(reinterpret_cast<__m128i *>(rows.y1 + x), _mm_srli_si128(lumaBytes, 8));

        const __m128i s0br = _mm_add_epi16(t0br, b0br), s0ga = _mm_add_epi16(t0ga, b0ga);
        const __m128i s1br = _mm_add_epi16(t1br, b1br), s1ga = _mm_add_epi16(t1ga, b1ga);
        __m128i u
            = _mm_unpacklo_epi64(chromaOf(s0br, s0ga, uBR, uGA), chromaOf(s1br, s1ga, uBR, uGA));
        __m128i v
            = _mm_unpacklo_epi64(chromaOf(s0br, s0ga, vBR, vGA), chromaOf(s1br, s1ga, vBR, vGA));
        u = _mm_srai_epi32(_mm_add_epi32(u, uvAdd), 17);
        v = _mm_srai_epi32(_mm_add_epi32(v, uvAdd), 17);
        const __m128i uvWords = _mm_packs_epi32(u, v);
        const __m128i uvBytes = _mm_packus_epi16(uvWords, uvWords);
        const int uBytes = _mm_cvtsi128_si32(uvBytes);
        const int vBytes = _mm_cvtsi128_si32(_mm_srli_si128(uvBytes, 4));
        std::memcpy(rows.u + x / 2, &uBytes, 4);
        std::memcpy(rows.v + x / 2, &vBytes, 4);
    }
    return x;
}
#endif

inline int unpremultiplied(int channel, int alpha)
{
    return alpha == 0 ? 0 : std::min(255, (channel * 255 + alpha / 2) / alpha);
}

void convertTransparent(const RowPair &rows, int width, bool premultiplied)
{
    const auto straight = [premultiplied](QRgb p) {
        if (!premultiplied || qAlpha(p) == 255)
            return p;
        const int a = qAlpha(p);
        return qRgba(unpremultiplied(qRed(p), a), unpremultiplied(qGreen(p), a),
                     unpremultiplied(qBlue(p), a), a);
    };
    for (int x = 0; x < width; x += 2) {
        const int x1 = std::min(x + 1, width - 1);
        const QRgb block[4] = {rows.top[x], rows.top[x1], rows.bottom[x], rows.bottom[x1]};
        int alphaSum = 0;
        int r = 0, g = 0, b = 0; // colour weighted by alpha, ×255
        for (const QRgb p : block) {
            const int a = qAlpha(p);
            alphaSum += a;
            const int weight = premultiplied ? 255 : a;
            r += qRed(p) * weight;
            g += qGreen(p) * weight;
            b += qBlue(p) * weight;
        }
        rows.y0[x] = luma(straight(block[0]));
        rows.y0[x1] = luma(straight(block[1]));
        if (rows.a0) {
            rows.a0[x] = static_cast<uchar>(qAlpha(block[0]));
            rows.a0[x1] = static_cast<uchar>(qAlpha(block[1]));
        }
        if (rows.y1) {
            rows.y1[x] = luma(straight(block[2]));
            rows.y1[x1] = luma(straight(block[3]));
            if (rows.a1) {
                rows.a1[x] = static_cast<uchar>(qAlpha(block[2]));
                rows.a1[x1] = static_cast<uchar>(qAlpha(block[3]));
            }
        }
        const auto mean4 = [alphaSum](int weighted) {
            return alphaSum == 0 ? 0 : (weighted * 4 + alphaSum / 2) / alphaSum;
        };
        chroma(mean4(r), mean4(g), mean4(b), rows.u[x / 2], rows.v[x / 2]);
    }
}

} // namespace

bool isDirectYuvSource(QImage::Format format)
{
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32
        || format == QImage::Format_ARGB32_Premultiplied;
}

bool convertToYuv420(const QImage &image, const YuvPlanes &planes)
{
    Q_ASSERT(isDirectYuvSource(image.format()));
    const int width = image.width();
    const int height = image.height();
    if (width <= 0 || height <= 0)
        return false;
    const bool alphaIgnored = image.format() == QImage::Format_RGB32;
    const bool premultiplied = image.format() == QImage::Format_ARGB32_Premultiplied;
    bool transparent = false;
    for (int row = 0; row < height; row += 2) {
        const bool lastOddRow = row + 1 == height;
        RowPair rows;
        rows.top = reinterpret_cast<const QRgb *>(image.constScanLine(row));
        rows.bottom
            = lastOddRow ? rows.top : reinterpret_cast<const QRgb *>(image.constScanLine(row + 1));
        rows.y0 = planes.y + qsizetype(row) * planes.yStride;
        rows.y1 = lastOddRow ? nullptr : rows.y0 + planes.yStride;
        rows.u = planes.u + qsizetype(row / 2) * planes.uvStride;
        rows.v = planes.v + qsizetype(row / 2) * planes.uvStride;
        rows.a0 = planes.a ? planes.a + qsizetype(row) * planes.aStride : nullptr;
        rows.a1 = planes.a && !lastOddRow ? rows.a0 + planes.aStride : nullptr;

        const bool opaque = alphaIgnored
            || (isOpaque(rows.top, width) && (lastOddRow || isOpaque(rows.bottom, width)));
        if (!opaque) {
            transparent = true;
            convertTransparent(rows, width, premultiplied);
            continue;
        }
        int done = 0;
#if defined(__SSE2__)
        if (!lastOddRow)
            done = convertOpaqueSse2(rows, width);
#endif
        convertOpaque(rows, width, done);
        if (rows.a0)
            std::memset(rows.a0, 0xff, size_t(width));
        if (rows.a1)
            std::memset(rows.a1, 0xff, size_t(width));
    }
    return transparent;
}

Yuv420Image::Yuv420Image(const QImage &image)
    : m_width(image.width())
    , m_height(image.height())
{
    const qsizetype lumaSize = qsizetype(m_width) * m_height;
    const qsizetype chromaSize = qsizetype(uvWidth()) * uvHeight();
    m_y = std::make_unique_for_overwrite<uchar[]>(size_t(lumaSize));
    m_u = std::make_unique_for_overwrite<uchar[]>(size_t(chromaSize));
    m_v = std::make_unique_for_overwrite<uchar[]>(size_t(chromaSize));
    m_a = std::make_unique_for_overwrite<uchar[]>(size_t(lumaSize));
    const YuvPlanes planes {m_y.get(), m_u.get(), m_v.get(), m_a.get(),
                            m_width,   uvWidth(), m_width};
    const bool transparent = isDirectYuvSource(image.format())
        ? convertToYuv420(image, planes)
        : convertToYuv420(image.convertToFormat(QImage::Format_ARGB32_Premultiplied), planes);
    if (!transparent)
        m_a.reset();
}

qsizetype Yuv420Image::sizeInBytes() const
{
    const qsizetype luma = qsizetype(m_width) * m_height;
    return luma * (transparent() ? 2 : 1) + 2 * qsizetype(uvWidth()) * uvHeight();
}

} // namespace ballsdex::render
