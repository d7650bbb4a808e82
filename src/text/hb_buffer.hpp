#pragma once
// RAII over HarfBuzz's shaping buffer. Internal to src/text/ (includes HarfBuzz).

#include <hb.h>

namespace briefbook::text {

/// Owns an hb_buffer_t: movable, not copyable.
class HbBuffer {
  public:
    HbBuffer() : buffer_(hb_buffer_create()) {}
    ~HbBuffer() { hb_buffer_destroy(buffer_); }
    HbBuffer(HbBuffer&& other) noexcept : buffer_(other.buffer_) {
        other.buffer_ = hb_buffer_get_empty();
    }
    HbBuffer& operator=(HbBuffer&& other) noexcept {
        std::swap(buffer_, other.buffer_);
        return *this;
    }
    HbBuffer(const HbBuffer&) = delete;
    HbBuffer& operator=(const HbBuffer&) = delete;

    [[nodiscard]] hb_buffer_t* get() const { return buffer_; }

  private:
    hb_buffer_t* buffer_;
};

}  // namespace briefbook::text
