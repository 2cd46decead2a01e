using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatNomina.Auth.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TotpFactors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "totp_factors",
                schema: "auth",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_secret = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    last_used_step = table.Column<long>(type: "bigint", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_totp_factors", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_totp_factors_credentials_user_id",
                        column: x => x.user_id,
                        principalSchema: "auth",
                        principalTable: "credentials",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "totp_factors",
                schema: "auth");
        }
    }
}
