// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

#include <memory>

namespace ballsdex::render {

/// Destination of a 4:2:0 picture: full-size luma (and alpha), half-size chroma.
struct YuvPlanes
{
    uchar *y = nullptr;
    uchar *u = nullptr;
    uchar *v = nullptr;
    uchar *a = nullptr; ///< may be null: alpha is then only detected
    int yStride = 0;
    int uvStride = 0;
    int aStride = 0;
};

/// Whether convertToYuv420() reads `format` as it is (no QImage conversion first).
bool isDirectYuvSource(QImage::Format format);

/// Fills `planes` from a direct-source image (RGB32, ARGB32, ARGB32_Premultiplied) in BT.601
/// studio range, the colour space VP8 codes. Chroma is the alpha-weighted mean of each 2×2 block;
/// an odd last column or row is repeated. Returns whether any pixel is not fully opaque.
bool convertToYuv420(const QImage &image, const YuvPlanes &planes);

/// An image converted once by convertToYuv420(), to be copied into encoders' pictures. Planes are
/// packed (strides: width, (width + 1) / 2); alpha is kept only when the image has transparency.
class Yuv420Image final
{
public:
    explicit Yuv420Image(const QImage &image); ///< any format
    Yuv420Image(const Yuv420Image &) = delete;
    Yuv420Image &operator=(const Yuv420Image &) = delete;

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    [[nodiscard]] int uvWidth() const { return (m_width + 1) / 2; }
    [[nodiscard]] int uvHeight() const { return (m_height + 1) / 2; }
    [[nodiscard]] bool transparent() const { return m_a != nullptr; }
    [[nodiscard]] const uchar *y() const { return m_y.get(); }
    [[nodiscard]] const uchar *u() const { return m_u.get(); }
    [[nodiscard]] const uchar *v() const { return m_v.get(); }
    [[nodiscard]] const uchar *a() const { return m_a.get(); } ///< null when opaque
    [[nodiscard]] qsizetype sizeInBytes() const;

private:
    int m_width = 0;
    int m_height = 0;
    std::unique_ptr<uchar[]> m_y, m_u, m_v, m_a;
};

} // namespace ballsdex::render
