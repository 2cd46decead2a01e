using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChatNomina.Payroll.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PayslipVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payslip_versions",
                schema: "payroll",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    payslip_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    gross_salary = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    total_deductions = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    net_salary = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    payment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: true),
                    imported_by = table.Column<Guid>(type: "uuid", nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    file_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payslip_versions", x => x.id);
                    table.CheckConstraint("ck_payslip_versions_amounts", "gross_salary >= 0 AND total_deductions >= 0");
                    table.CheckConstraint("ck_payslip_versions_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_payslip_versions_import", "(import_id IS NULL) = (imported_by IS NULL) AND (import_id IS NULL) = (file_sha256 IS NULL)");
                    table.CheckConstraint("ck_payslip_versions_net", "net_salary = gross_salary - total_deductions");
                    table.CheckConstraint("ck_payslip_versions_published_by", "published_by IS NULL OR published_at IS NOT NULL");
                    table.CheckConstraint("ck_payslip_versions_version", "version >= 1");
                    table.ForeignKey(
                        name: "FK_payslip_versions_payslip_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "payroll",
                        principalTable: "payslip_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payslip_versions_payslips_payslip_id",
                        column: x => x.payslip_id,
                        principalSchema: "payroll",
                        principalTable: "payslips",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payslip_version_lines",
                schema: "payroll",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    version_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payslip_version_lines", x => x.id);
                    table.CheckConstraint("ck_payslip_version_lines_amount", "amount >= 0");
                    table.CheckConstraint("ck_payslip_version_lines_type", "(kind = 2 AND type IN ('income_tax', 'social_security', 'unemployment', 'professional_training', 'pension', 'health_insurance', 'union_dues')) OR (kind = 1 AND type IN ('base_salary', 'seniority_bonus', 'extra_pay', 'overtime', 'bonus'))");
                    table.ForeignKey(
                        name: "FK_payslip_version_lines_payslip_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "payroll",
                        principalTable: "payslip_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payslip_version_lines_version_id_position",
                schema: "payroll",
                table: "payslip_version_lines",
                columns: new[] { "version_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_payslip_versions_import",
                schema: "payroll",
                table: "payslip_versions",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_payslip_versions_user_period",
                schema: "payroll",
                table: "payslip_versions",
                columns: new[] { "user_id", "year", "month", "version" });

            migrationBuilder.CreateIndex(
                name: "ux_payslip_versions_payslip_version",
                schema: "payroll",
                table: "payslip_versions",
                columns: new[] { "payslip_id", "version" },
                unique: true);

            // Versions are insert-only whatever writes to the database; every payslip stored so far
            // becomes its version 1, published (its employee has seen it since it was written).
            migrationBuilder.Sql(PayslipVersionGuards.Create);
            migrationBuilder.Sql(PayslipVersionGuards.BackfillPublishedVersions);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PayslipVersionGuards.Drop);
            migrationBuilder.DropTable(
                name: "payslip_version_lines",
                schema: "payroll");

            migrationBuilder.DropTable(
                name: "payslip_versions",
                schema: "payroll");
        }
    }
}
