using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatNomina.Auth.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                schema: "auth",
                table: "credentials",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "set_password_expires_at",
                schema: "auth",
                table: "credentials",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "set_password_token_hash",
                schema: "auth",
                table: "credentials",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "set_password_used_at",
                schema: "auth",
                table: "credentials",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "version",
                schema: "auth",
                table: "credentials",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ux_credentials_set_password_token_hash",
                schema: "auth",
                table: "credentials",
                column: "set_password_token_hash",
                unique: true,
                filter: "set_password_token_hash IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_credentials_set_password_token_hash",
                schema: "auth",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                schema: "auth",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "set_password_expires_at",
                schema: "auth",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "set_password_token_hash",
                schema: "auth",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "set_password_used_at",
                schema: "auth",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "auth",
                table: "credentials");
        }
    }
}
