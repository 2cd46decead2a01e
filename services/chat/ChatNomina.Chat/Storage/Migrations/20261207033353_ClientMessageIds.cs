using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatNomina.Chat.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ClientMessageIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "client_message_id",
                schema: "chat",
                table: "messages",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "query",
                schema: "chat",
                table: "messages",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_messages_user_client_message_id",
                schema: "chat",
                table: "messages",
                columns: new[] { "user_id", "client_message_id" },
                unique: true,
                filter: "client_message_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_messages_user_client_message_id",
                schema: "chat",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "client_message_id",
                schema: "chat",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "query",
                schema: "chat",
                table: "messages");
        }
    }
}
