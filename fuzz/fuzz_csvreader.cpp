// The CSV reader on any bytes: it reads them or refuses them with a message, and what it
// reads is consistent with the file.
#include "fuzzsupport.h"

#include "core/io/csvreader.h"

using namespace weitblick;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString error;
    const std::optional<CsvTable> table = CsvReader::read(bytes, &error);
    if (!table) {
        fuzz::require(!error.isEmpty(), "a refusal without a message");
        return 0;
    }
    fuzz::require(!table->header.isEmpty(), "no header row");
    fuzz::require(table->separator == u',' || table->separator == u';', "an odd separator");
    fuzz::require(table->rows.size() == table->lineNumbers.size(), "rows without line numbers");
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    int previous = 0;
    for (const int line : table->lineNumbers) {
        fuzz::require(line > previous && line <= lines, "line numbers out of order or range");
        previous = line;
    }
    return 0;
}
