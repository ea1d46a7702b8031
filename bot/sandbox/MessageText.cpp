// SPDX-License-Identifier: MIT
#include "MessageText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ballsdex::sandbox {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

bool isSelect(int type)
{
    return type == 3 || (type >= 5 && type <= 8);
}

QString buttonLabel(const QJsonObject &button)
{
    QString label = str(button, "label");
    const QJsonObject emoji = button.value(QLatin1String("emoji")).toObject();
    const QString emojiName = str(emoji, "name");
    if (!emojiName.isEmpty()) {
        const QString shown = str(emoji, "id").isEmpty() ? emojiName : u':' + emojiName + u':';
        label = label.isEmpty() ? shown : shown + u' ' + label;
    }
    return label;
}

QString mediaText(const QString &url, const RenderContext &context)
{
    if (url.startsWith(QLatin1String("attachment://"))) {
        const QString name = url.mid(13);
        const QString saved = context.savedFiles.value(name);
        return saved.isEmpty() ? url : url + QStringLiteral(" -> ") + saved;
    }
    return url;
}

/// Walks components in reading order, numbering interactive ones and producing text lines.
class ComponentWalker
{
public:
    explicit ComponentWalker(const RenderContext *context)
        : m_context(context)
    {
    }

    void walk(const QJsonArray &components, const QString &indent)
    {
        for (const QJsonValue &value : components)
            walkOne(value.toObject(), indent);
    }

    QList<ComponentRef> refs;
    QStringList lines;

private:
    QString describe(const QJsonObject &component)
    {
        const int type = component.value(QLatin1String("type")).toInt();
        const bool disabled = component.value(QLatin1String("disabled")).toBool();
        const QString off = disabled ? QStringLiteral(" (disabled)") : QString();
        if (type == 2) {
            const QString label = buttonLabel(component);
            if (component.value(QLatin1String("style")).toInt() == 5)
                return QStringLiteral("(link) %1 <%2>").arg(label, str(component, "url"));
            if (component.value(QLatin1String("style")).toInt() == 6)
                return QStringLiteral("(premium) %1").arg(label);
            const int number = add(component, type, label, disabled);
            return QStringLiteral("[%1] %2%3").arg(number).arg(label, off);
        }
        if (isSelect(type)) {
            const QString placeholder = str(component, "placeholder");
            const int number = add(component, type, placeholder, disabled);
            const int min = component.value(QLatin1String("min_values")).toInt(1);
            const int max = component.value(QLatin1String("max_values")).toInt(1);
            static const char *kinds[] = {"",
                                          "",
                                          "",
                                          "select",
                                          "",
                                          "user select",
                                          "role select",
                                          "mentionable select",
                                          "channel select"};
            QString text = QStringLiteral("[%1] %2").arg(number).arg(QLatin1String(kinds[type]));
            if (!placeholder.isEmpty())
                text += QStringLiteral(" \"%1\"").arg(placeholder);
            text += QStringLiteral(" (pick %1").arg(min);
            if (max != min)
                text += QStringLiteral("-%1").arg(max);
            text += u')';
            const QJsonArray options = component.value(QLatin1String("options")).toArray();
            QStringList shown;
            for (const QJsonValue &option : options) {
                const QJsonObject entry = option.toObject();
                QString item = str(entry, "value") == str(entry, "label")
                    ? str(entry, "label")
                    : str(entry, "value") + u'=' + str(entry, "label");
                if (entry.value(QLatin1String("default")).toBool())
                    item += u'*';
                shown.append(item);
            }
            if (!shown.isEmpty())
                text += QStringLiteral(": ") + shown.join(QStringLiteral(", "));
            return text + off;
        }
        return {};
    }

    int add(const QJsonObject &component, int type, const QString &label, bool disabled)
    {
        ComponentRef ref;
        ref.number = int(refs.size()) + 1;
        ref.type = type;
        ref.customId = str(component, "custom_id");
        ref.label = label;
        ref.disabled = disabled;
        ref.json = component;
        refs.append(ref);
        return ref.number;
    }

    void walkOne(const QJsonObject &component, const QString &indent)
    {
        const int type = component.value(QLatin1String("type")).toInt();
        switch (type) {
        case 1: {
            QStringList parts;
            const QJsonArray children = component.value(QLatin1String("components")).toArray();
            for (const QJsonValue &child : children) {
                const QString text = describe(child.toObject());
                if (!text.isEmpty())
                    parts.append(text);
            }
            if (!parts.isEmpty())
                lines.append(indent + parts.join(QStringLiteral("   ")));
            break;
        }
        case 9: {
            walk(component.value(QLatin1String("components")).toArray(), indent);
            const QJsonObject accessory = component.value(QLatin1String("accessory")).toObject();
            if (accessory.value(QLatin1String("type")).toInt() == 11)
                walkOne(accessory, indent);
            else if (const QString text = describe(accessory); !text.isEmpty())
                lines.append(indent + text);
            break;
        }
        case 10: {
            const QStringList content
                = readableText(str(component, "content"), m_context ? *m_context : RenderContext {})
                      .split(u'\n');
            for (const QString &line : content)
                lines.append(indent + line);
            break;
        }
        case 11:
            lines.append(indent + QStringLiteral("thumbnail: ")
                         + mediaText(str(component.value(QLatin1String("media")).toObject(), "url"),
                                     *m_context));
            break;
        case 12: {
            const QJsonArray items = component.value(QLatin1String("items")).toArray();
            for (const QJsonValue &item : items)
                lines.append(
                    indent + QStringLiteral("image: ")
                    + mediaText(
                        str(item.toObject().value(QLatin1String("media")).toObject(), "url"),
                        *m_context));
            break;
        }
        case 13:
            lines.append(indent + QStringLiteral("file: ")
                         + mediaText(str(component.value(QLatin1String("file")).toObject(), "url"),
                                     *m_context));
            break;
        case 14:
            lines.append(indent + QStringLiteral("----"));
            break;
        case 17:
            walk(component.value(QLatin1String("components")).toArray(),
                 indent + QStringLiteral("| "));
            break;
        default:
            if (const QString text = describe(component); !text.isEmpty())
                lines.append(indent + text);
            break;
        }
    }

    const RenderContext *m_context;
};

} // namespace

QList<ComponentRef> interactiveComponents(const QJsonObject &message)
{
    const RenderContext context;
    ComponentWalker walker(&context);
    walker.walk(message.value(QLatin1String("components")).toArray(), QString());
    return walker.refs;
}

ModalField *ModalForm::field(const QString &key)
{
    bool isNumber = false;
    const int number = key.toInt(&isNumber);
    for (ModalField &candidate : fields) {
        if ((isNumber && candidate.number == number) || candidate.customId == key
            || candidate.label.compare(key, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

ModalForm parseModal(const QJsonObject &data)
{
    ModalForm form;
    form.customId = str(data, "custom_id");
    form.title = str(data, "title");
    const QJsonArray components = data.value(QLatin1String("components")).toArray();
    const auto addField = [&form](const QJsonObject &input, const QString &label) {
        ModalField field;
        field.number = int(form.fields.size()) + 1;
        field.customId = str(input, "custom_id");
        field.label = label.isEmpty() ? str(input, "label") : label;
        field.componentType = input.value(QLatin1String("type")).toInt(4);
        field.style = input.value(QLatin1String("style")).toInt(1);
        field.required = input.value(QLatin1String("required")).toBool(true);
        field.value = str(input, "value");
        field.placeholder = str(input, "placeholder");
        form.fields.append(field);
    };
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        const int type = component.value(QLatin1String("type")).toInt();
        if (type == 18) {
            addField(component.value(QLatin1String("component")).toObject(),
                     str(component, "label"));
        } else if (type == 1) {
            form.labelLayout = false;
            const QJsonArray row = component.value(QLatin1String("components")).toArray();
            for (const QJsonValue &input : row)
                addField(input.toObject(), QString());
        }
    }
    return form;
}

QJsonObject modalSubmitData(const ModalForm &form)
{
    QJsonArray components;
    for (const ModalField &field : form.fields) {
        QJsonObject input {{QStringLiteral("type"), field.componentType},
                           {QStringLiteral("custom_id"), field.customId}};
        if (field.componentType == 4)
            input.insert(QStringLiteral("value"), field.value);
        else
            input.insert(QStringLiteral("values"), QJsonArray::fromStringList(field.values));
        if (form.labelLayout)
            components.append(QJsonObject {{QStringLiteral("type"), 18},
                                           {QStringLiteral("id"), field.number},
                                           {QStringLiteral("component"), input}});
        else
            components.append(QJsonObject {{QStringLiteral("type"), 1},
                                           {QStringLiteral("components"), QJsonArray {input}}});
    }
    return QJsonObject {{QStringLiteral("custom_id"), form.customId},
                        {QStringLiteral("components"), components}};
}

QString readableText(const QString &text, const RenderContext &context)
{
    static const QRegularExpression pattern(
        QStringLiteral("<(@!?|@&|#|a?:(\\w+):)(\\d+)>|<t:(\\d+)(?::\\w)?>"));
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString kind = match.captured(1);
        const QString id = match.captured(3);
        if (!match.captured(4).isEmpty()) {
            out += QDateTime::fromSecsSinceEpoch(match.captured(4).toLongLong(), Qt::UTC)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        } else if (kind.startsWith(u'@') && kind != QLatin1String("@&")) {
            out += u'@' + (context.world ? context.world->userName(id) : id);
        } else if (kind == QLatin1String("@&")) {
            out += QStringLiteral("@role:") + id;
        } else if (kind == QLatin1String("#")) {
            out += u'#' + (context.world ? context.world->channelName(id) : id);
        } else {
            out += u':' + match.captured(2) + u':';
        }
    }
    out += text.mid(last);
    return out;
}

QStringList renderEmbed(const QJsonObject &embed, const RenderContext &context)
{
    QStringList lines;
    const auto add = [&lines, &context](const QString &text) {
        const QStringList split = readableText(text, context).split(u'\n');
        for (const QString &line : split)
            lines.append(QStringLiteral("| ") + line);
    };
    if (const QString author = str(embed.value(QLatin1String("author")).toObject(), "name");
        !author.isEmpty())
        add(QStringLiteral("[") + author + u']');
    if (const QString title = str(embed, "title"); !title.isEmpty()) {
        const QString url = str(embed, "url");
        add(QStringLiteral("** ") + title + QStringLiteral(" **")
            + (url.isEmpty() ? QString() : QStringLiteral(" <") + url + u'>'));
    }
    if (const QString description = str(embed, "description"); !description.isEmpty())
        add(description);
    const QJsonArray fields = embed.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        const QString fieldValue = str(field, "value");
        if (fieldValue.contains(u'\n'))
            add(str(field, "name") + QStringLiteral(":\n  ")
                + fieldValue.split(u'\n').join(QStringLiteral("\n  ")));
        else
            add(str(field, "name") + QStringLiteral(": ") + fieldValue);
    }
    if (const QString image = str(embed.value(QLatin1String("image")).toObject(), "url");
        !image.isEmpty())
        lines.append(QStringLiteral("| image: ") + mediaText(image, context));
    if (const QString thumbnail = str(embed.value(QLatin1String("thumbnail")).toObject(), "url");
        !thumbnail.isEmpty())
        lines.append(QStringLiteral("| thumbnail: ") + mediaText(thumbnail, context));
    QString footer = str(embed.value(QLatin1String("footer")).toObject(), "text");
    if (const QString timestamp = str(embed, "timestamp"); !timestamp.isEmpty())
        footer += (footer.isEmpty() ? QString() : QStringLiteral(" · ")) + timestamp;
    if (!footer.isEmpty())
        add(QStringLiteral("-- ") + footer);
    return lines;
}

QStringList renderMessage(const QJsonObject &message, const RenderContext &context)
{
    QStringList lines;
    const QString content = str(message, "content");
    if (!content.isEmpty())
        lines += readableText(content, context).split(u'\n');
    const QJsonArray embeds = message.value(QLatin1String("embeds")).toArray();
    for (const QJsonValue &embed : embeds)
        lines += renderEmbed(embed.toObject(), context);
    ComponentWalker walker(&context);
    walker.walk(message.value(QLatin1String("components")).toArray(), QString());
    lines += walker.lines;
    const QJsonArray attachments = message.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        const QString filename = str(attachment, "filename");
        const QString saved = context.savedFiles.value(filename);
        lines.append(QStringLiteral("file: %1 (%2 bytes)%3")
                         .arg(filename)
                         .arg(attachment.value(QLatin1String("size")).toInteger())
                         .arg(saved.isEmpty() ? QString() : QStringLiteral(" -> ") + saved));
    }
    if (lines.isEmpty())
        lines.append(QStringLiteral("(empty message)"));
    return lines;
}

QStringList renderModal(const ModalForm &form)
{
    QStringList lines {QStringLiteral("modal \"%1\"").arg(form.title)};
    for (const ModalField &field : form.fields) {
        QString line = QStringLiteral("(%1) %2").arg(field.number).arg(field.label);
        QStringList traits;
        if (field.componentType == 4)
            traits.append(field.style == 2 ? QStringLiteral("paragraph") : QStringLiteral("short"));
        else
            traits.append(QStringLiteral("select"));
        traits.append(field.required ? QStringLiteral("required") : QStringLiteral("optional"));
        line += QStringLiteral(" [") + traits.join(QStringLiteral(", ")) + u']';
        if (!field.placeholder.isEmpty())
            line += QStringLiteral(" e.g. \"%1\"").arg(field.placeholder);
        if (!field.value.isEmpty())
            line += QStringLiteral(" = \"%1\"").arg(field.value);
        lines.append(line);
    }
    return lines;
}

} // namespace ballsdex::sandbox
