#pragma once

#include <QFile>
#include <QTextStream>

namespace qms::cli {

// Standard output as a QIODevice, for writers that stream bytes (CSV, JSON). Flushes the text
// stream first and the device last, so text and bytes come out in order.
class StdoutDevice final {
public:
    explicit StdoutDevice(QTextStream& out)
        : m_out(out) {
        m_out.flush();
        m_file.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    }
    ~StdoutDevice() { m_file.flush(); }
    StdoutDevice(const StdoutDevice&) = delete;
    StdoutDevice& operator=(const StdoutDevice&) = delete;

    QIODevice* device() { return &m_file; }

private:
    QTextStream& m_out;
    QFile m_file;
};

} // namespace qms::cli
