using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hoshi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only for every writer, not only for Hoshi's own code.
            migrationBuilder.Sql(
                "CREATE TRIGGER AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents " +
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents " +
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_NoDelete;");
        }
    }
}
