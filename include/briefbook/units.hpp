#pragma once
// Lengths. Layout works in PostScript points (1/72 inch); fonts in their own design units.
// Conversions between the two live in one place: FontFace::to_pt (src/text/font_face.hpp).

#include <compare>
#include <cmath>

namespace briefbook {

/// A length in PostScript points. A distinct type so that font units, pixels and points cannot be
/// mixed up by accident; arithmetic is what lengths allow (no Pt * Pt).
struct Pt {
    double value = 0.0;

    constexpr Pt() = default;
    constexpr explicit Pt(double v) : value(v) {}

    static constexpr Pt from_mm(double mm) { return Pt(mm * 72.0 / 25.4); }
    static constexpr Pt from_inch(double inch) { return Pt(inch * 72.0); }

    constexpr Pt& operator+=(Pt other) { value += other.value; return *this; }
    constexpr Pt& operator-=(Pt other) { value -= other.value; return *this; }
    constexpr Pt& operator*=(double k) { value *= k; return *this; }
    constexpr Pt& operator/=(double k) { value /= k; return *this; }
    friend constexpr Pt operator+(Pt a, Pt b) { return Pt(a.value + b.value); }
    friend constexpr Pt operator-(Pt a, Pt b) { return Pt(a.value - b.value); }
    friend constexpr Pt operator-(Pt a) { return Pt(-a.value); }
    friend constexpr Pt operator*(Pt a, double k) { return Pt(a.value * k); }
    friend constexpr Pt operator*(double k, Pt a) { return Pt(a.value * k); }
    friend constexpr Pt operator/(Pt a, double k) { return Pt(a.value / k); }
    /// The ratio of two lengths is a plain number.
    friend constexpr double operator/(Pt a, Pt b) { return a.value / b.value; }
    friend constexpr auto operator<=>(Pt a, Pt b) = default;
};

constexpr Pt max(Pt a, Pt b) { return a.value < b.value ? b : a; }
constexpr Pt min(Pt a, Pt b) { return a.value < b.value ? a : b; }
inline Pt abs(Pt a) { return Pt(std::fabs(a.value)); }

namespace literals {
constexpr Pt operator""_pt(long double v) { return Pt(static_cast<double>(v)); }
constexpr Pt operator""_pt(unsigned long long v) { return Pt(static_cast<double>(v)); }
}  // namespace literals

/// An sRGB colour, components 0..1.
struct Color {
    double r = 0.0, g = 0.0, b = 0.0;
    friend constexpr bool operator==(const Color&, const Color&) = default;
};

}  // namespace briefbook
