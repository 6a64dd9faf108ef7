import type { ClientErrorCode } from './api-client';

/** One sentence per error code (English); `satisfies` fails to compile when a code is missing. */
export const errorsEn = {
  validation_failed: 'Some fields need attention. Please check the form.',
  not_found: 'We could not find that. It may have been removed.',
  conflict: 'Someone else changed this at the same time. Reload and try again.',
  rate_limited: 'Too many attempts. Please wait a moment and try again.',
  internal:
    'Something went wrong on the server. Please try again; if it keeps happening, quote the request ID.',
  not_ready: 'The server is still starting up. Please try again in a few seconds.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  forbidden: 'Your role is not allowed to do this.',
  invalid_credentials: 'The e-mail or password is not correct.',
  account_locked: 'This account is temporarily locked after too many failed sign-ins.',
  account_disabled: 'This account has been disabled. Ask a manager to enable it again.',
  password_change_required: 'Please change your password before continuing.',
  csrf_failed: 'Your session token has expired. Reload the page and try again.',
  weak_password:
    'This password is too weak: use at least 10 characters, not the current password, and not the name part of your e-mail.',
  email_taken: 'A staff member with this e-mail already exists.',
  store_scope_required: 'Store managers and cashiers must be given at least one store.',
  store_not_found: 'One of the chosen stores does not exist or is outside your scope.',
  cannot_manage_owner: 'Only an owner can change another owner.',
  last_owner: 'The brand must keep at least one active owner.',
  database_not_empty: 'The database already has data, so the demo cannot be loaded.',
  network: 'Cannot reach the server. Check your connection and try again.',
  lockedFor: 'Try again in about {{minutes}} minute(s).',
  taken: 'This value is already in use. Please choose another.',
} satisfies Record<ClientErrorCode, string> & Record<string, string>;

/** One sentence per error code (Simplified Chinese). */
export const errorsZhCN: typeof errorsEn = {
  validation_failed: '部分字段需要修改，请检查表单。',
  not_found: '找不到该内容，可能已被删除。',
  conflict: '该内容刚被他人修改，请刷新后重试。',
  rate_limited: '尝试次数过多，请稍后再试。',
  internal: '服务器出现问题，请重试；如果持续出现，请提供请求编号。',
  not_ready: '服务器仍在启动，请几秒后重试。',
  unauthenticated: '登录已过期，请重新登录。',
  forbidden: '你的角色无权执行此操作。',
  invalid_credentials: '邮箱或密码不正确。',
  account_locked: '登录失败次数过多，账号已被暂时锁定。',
  account_disabled: '该账号已被停用，请联系管理员重新启用。',
  password_change_required: '请先修改密码再继续。',
  csrf_failed: '会话令牌已失效，请刷新页面后重试。',
  weak_password: '密码强度不足：至少 10 个字符，不能与当前密码相同，也不能包含邮箱 @ 前面的名称。',
  email_taken: '已有员工使用该邮箱。',
  store_scope_required: '店长和收银员必须至少分配一家门店。',
  store_not_found: '所选门店中有门店不存在或不在你的权限范围内。',
  cannot_manage_owner: '只有品牌所有者才能修改其他所有者。',
  last_owner: '品牌必须至少保留一名在职的所有者。',
  database_not_empty: '数据库中已有数据，无法加载演示数据。',
  network: '无法连接服务器，请检查网络后重试。',
  lockedFor: '请约 {{minutes}} 分钟后再试。',
  taken: '该值已被使用，请换一个。',
};
