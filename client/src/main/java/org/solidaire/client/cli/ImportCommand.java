// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import picocli.CommandLine.Command;

/** The {@code import} command, whose subcommands each read one kind of export. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a provider's export into citizens' pods, checked against the shapes first.",
        subcommands = {ImportWaterCommand.class, ImportNgsiLdCommand.class})
final class ImportCommand {
}
