using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChatNomina.Users.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "auth_confirmed_version",
                schema: "users",
                table: "employees",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "credential_version",
                schema: "users",
                table: "employees",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                schema: "users",
                table: "employees",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "set_password_expires_at",
                schema: "users",
                table: "employees",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "set_password_token_hash",
                schema: "users",
                table: "employees",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "users",
                table: "employees",
                type: "text",
                nullable: false,
                computedColumnSql: "lower(translate(first_name || ' ' || last_name || ' ' || email || ' ' || employee_number, 'áàâäãåéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ', 'aaaaaaeeeeiiiiooooouuuuncAAAAAAEEEEIIIIOOOOOUUUUNC'))",
                stored: true);

            migrationBuilder.CreateTable(
                name: "credential_outbox",
                schema: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credential_outbox", x => x.id);
                    table.ForeignKey(
                        name: "FK_credential_outbox_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "users",
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employee_changes",
                schema: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employee_changes", x => x.id);
                    table.ForeignKey(
                        name: "FK_employee_changes_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "users",
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credential_outbox_due",
                schema: "users",
                table: "credential_outbox",
                column: "next_attempt_at",
                filter: "delivered_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_credential_outbox_employee_id_version",
                schema: "users",
                table: "credential_outbox",
                columns: new[] { "employee_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employee_changes_employee_id_at",
                schema: "users",
                table: "employee_changes",
                columns: new[] { "employee_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credential_outbox",
                schema: "users");

            migrationBuilder.DropTable(
                name: "employee_changes",
                schema: "users");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "users",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "auth_confirmed_version",
                schema: "users",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "credential_version",
                schema: "users",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                schema: "users",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "set_password_expires_at",
                schema: "users",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "set_password_token_hash",
                schema: "users",
                table: "employees");
        }
    }
}
