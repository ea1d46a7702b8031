// SPDX-License-Identifier: MIT
// Option parser fuzz target: bytes → JSON → the interaction parsers. The first byte picks what
// the JSON is: command `data` (parseOptions in both modes, then wrapped in a valid interaction
// envelope for parseInteraction) or a whole INTERACTION_CREATE `d`.
#include "FuzzCheck.h"
#include "interactions/InteractionParser.h"
#include "interactions/OptionParser.h"

#include <QJsonDocument>

#include <cstdint>

using namespace ballsdex::interactions;

namespace {

void readEveryOption(const ParsedOptions &parsed)
{
    FUZZ_CHECK(parsed.commandPath().size() >= 0);
    for (const OptionValue &option : parsed.options) {
        FUZZ_CHECK(parsed.find(option.name) != nullptr);
        (void)parsed.string(option.name);
        (void)parsed.integer(option.name);
        (void)parsed.number(option.name);
        (void)parsed.boolean(option.name);
        (void)parsed.id(option.name);
        (void)optionTypeName(option.type);
    }
    if (parsed.focused)
        (void)parsed.find(*parsed.focused);
}

void readInteraction(const Interaction &interaction)
{
    readEveryOption(interaction.options);
    (void)interaction.createdAt();
    (void)interaction.user.displayName();
    for (const OptionValue &option : interaction.options.options) {
        (void)interaction.userOption(option.name);
        (void)interaction.memberOption(option.name);
        (void)interaction.channelOption(option.name);
        (void)interaction.roleOption(option.name);
        (void)interaction.attachmentOption(option.name);
    }
    for (const ModalField &field : interaction.fields)
        FUZZ_CHECK(interaction.field(field.customId) != nullptr);
    if (interaction.dataError)
        (void)interaction.dataError->toString();
}

QJsonObject envelopeAround(const QJsonObject &data, int type)
{
    const QJsonObject user {{QStringLiteral("id"), QStringLiteral("1400000000000000001")},
                            {QStringLiteral("username"), QStringLiteral("player")}};
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("1290000000000000001")},
                        {QStringLiteral("application_id"), QStringLiteral("1100000000000000001")},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("token"), QStringLiteral("dG9rZW4")},
                        {QStringLiteral("channel_id"), QStringLiteral("1300000000000000001")},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("data"), data}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    if (data[0] % 2 == 0) {
        for (const auto mode : {OptionParseMode::Invocation, OptionParseMode::Autocomplete}) {
            const auto parsed = parseOptions(json, mode);
            if (parsed) {
                FUZZ_CHECK(!parsed->path.isEmpty());
                readEveryOption(*parsed);
            } else {
                (void)parsed.error().toString();
            }
        }
        for (const int type : {2, 3, 4, 5}) {
            const auto interaction = parseInteraction(envelopeAround(json, type));
            FUZZ_CHECK(interaction.has_value()); // the envelope is valid whatever `data` is
            readInteraction(*interaction);
        }
    } else {
        const auto interaction = parseInteraction(json);
        if (interaction)
            readInteraction(*interaction);
        (void)parseResolved(json);
        (void)parsePermissions(json.value(QLatin1String("permissions")));
    }
    return 0;
}
