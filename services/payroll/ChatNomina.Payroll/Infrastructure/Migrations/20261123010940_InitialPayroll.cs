using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChatNomina.Payroll.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialPayroll : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "payroll");

            migrationBuilder.CreateTable(
                name: "payslip_accesses",
                schema: "payroll",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    reader_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: true),
                    month = table.Column<int>(type: "integer", nullable: true),
                    accessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payslip_accesses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payslips",
                schema: "payroll",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    gross_salary = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    total_deductions = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    net_salary = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    payment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payslips", x => x.id);
                    table.CheckConstraint("ck_payslips_amounts", "gross_salary >= 0 AND total_deductions >= 0");
                    table.CheckConstraint("ck_payslips_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_payslips_month", "month BETWEEN 1 AND 12");
                    table.CheckConstraint("ck_payslips_net", "net_salary = gross_salary - total_deductions");
                    table.CheckConstraint("ck_payslips_year", "year BETWEEN 1900 AND 2200");
                });

            migrationBuilder.CreateTable(
                name: "payslip_lines",
                schema: "payroll",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    payslip_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payslip_lines", x => x.id);
                    table.CheckConstraint("ck_payslip_lines_amount", "amount >= 0");
                    table.CheckConstraint("ck_payslip_lines_type", "(kind = 2 AND type IN ('income_tax', 'social_security', 'unemployment', 'professional_training', 'pension', 'health_insurance', 'union_dues')) OR (kind = 1 AND type IN ('base_salary', 'seniority_bonus', 'extra_pay', 'overtime', 'bonus'))");
                    table.ForeignKey(
                        name: "FK_payslip_lines_payslips_payslip_id",
                        column: x => x.payslip_id,
                        principalSchema: "payroll",
                        principalTable: "payslips",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payslip_accesses_subject_user_id_accessed_at",
                schema: "payroll",
                table: "payslip_accesses",
                columns: new[] { "subject_user_id", "accessed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_payslip_lines_payslip_id_position",
                schema: "payroll",
                table: "payslip_lines",
                columns: new[] { "payslip_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ux_payslips_user_period",
                schema: "payroll",
                table: "payslips",
                columns: new[] { "user_id", "year", "month" },
                unique: true);

            // Sums across rows cannot be CHECK constraints: deferred constraint triggers verify at
            // commit that gross = sum(earnings) and total_deductions = sum(deductions).
            migrationBuilder.Sql(PayslipSumTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PayslipSumTriggers.Drop);
            migrationBuilder.DropTable(
                name: "payslip_accesses",
                schema: "payroll");

            migrationBuilder.DropTable(
                name: "payslip_lines",
                schema: "payroll");

            migrationBuilder.DropTable(
                name: "payslips",
                schema: "payroll");
        }
    }
}
