// The participant import on any CSV file: refused with named lines, or consistent.
#include "importproperties.h"

#include "core/io/participantimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    weitblick::fuzz::checkImport<weitblick::ParticipantImport>(data, size);
    return 0;
}
