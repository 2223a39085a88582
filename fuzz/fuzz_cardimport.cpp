// The card import on any CSV file: refused with named lines, or consistent.
#include "importproperties.h"

#include "core/io/cardimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    weitblick::fuzz::checkImport<weitblick::CardImport>(data, size);
    return 0;
}
