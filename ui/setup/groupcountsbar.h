#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace weitblick {

// A row of small chips, one per stakeholder group in the group's colour, each with the number
// of that group's participants at a table. Wraps onto more rows when narrow.
class GroupCountsBar : public QWidget
{
    Q_OBJECT

public:
    struct Count
    {
        QString name;
        QColor color;
        int count = 0;
    };

    explicit GroupCountsBar(QWidget *parent = nullptr);

    void setCounts(const QList<Count> &counts);
    const QList<Count> &counts() const { return m_counts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QSize chipSize() const;
    QList<QRect> chipRects(int width) const;

    QList<Count> m_counts;
};

} // namespace weitblick
