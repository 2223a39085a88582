#pragma once

#include <limits>
#include <type_traits>

namespace weitblick {

// Sums and differences that stop at the limits of their type instead of overflowing. Counts,
// minutes and times come from files; a total of them must never wrap around into nonsense
// such as "−248 dots" (and signed overflow is undefined behaviour).
template<class T>
T addSaturated(T a, T b)
{
    static_assert(std::is_integral_v<T> && std::is_signed_v<T>);
    T sum;
    if (!__builtin_add_overflow(a, b, &sum))
        return sum;
    return b > 0 ? std::numeric_limits<T>::max() : std::numeric_limits<T>::min();
}

template<class T>
T subtractSaturated(T a, T b)
{
    static_assert(std::is_integral_v<T> && std::is_signed_v<T>);
    T difference;
    if (!__builtin_sub_overflow(a, b, &difference))
        return difference;
    return b < 0 ? std::numeric_limits<T>::max() : std::numeric_limits<T>::min();
}

template<class T>
T multiplySaturated(T a, T b)
{
    static_assert(std::is_integral_v<T> && std::is_signed_v<T>);
    T product;
    if (!__builtin_mul_overflow(a, b, &product))
        return product;
    return (a < 0) != (b < 0) ? std::numeric_limits<T>::min() : std::numeric_limits<T>::max();
}

} // namespace weitblick
