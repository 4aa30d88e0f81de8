using Microsoft.AspNetCore.Identity;

namespace ParPlan.Features.Auth;

/// <summary>Identity's validation messages in Vietnamese (password policy, duplicate names, roles).</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Đã xảy ra lỗi không xác định.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Dữ liệu đã bị thay đổi bởi người khác. Vui lòng tải lại.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mật khẩu không đúng.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Mã xác thực không hợp lệ.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Mã khôi phục không hợp lệ.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "Tài khoản đăng nhập này đã được liên kết với người dùng khác.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Tên đăng nhập '{userName}' không hợp lệ: chỉ dùng chữ không dấu, chữ số và các ký tự . _ - @.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Địa chỉ thư điện tử '{email}' không hợp lệ.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Tên đăng nhập '{userName}' đã được sử dụng.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Địa chỉ thư điện tử '{email}' đã được sử dụng.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"Tên vai trò '{role}' không hợp lệ.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"Vai trò '{role}' đã tồn tại.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "Người dùng đã có mật khẩu.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Tài khoản này không bật chế độ tạm khoá.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"Người dùng đã có vai trò '{role}'.");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"Người dùng không có vai trò '{role}'.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (không phải chữ hoặc số).");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0-9).");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a-z).");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A-Z).");
}
