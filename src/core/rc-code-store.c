/* rc-code-store.c — the code an owner keeps, in the keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A code the owner asks to keep goes to the secret service (libsecret), one
 * item per radio serial, never to GSettings. Every call is asynchronous, and
 * the calls run one after another in the order they were made: a "forget"
 * made after a "keep" must not overtake it and leave the code behind.
 *
 * When no keyring answers, the code is kept in memory instead, for as long
 * as the store lives (the application's lifetime), and the store says so
 * through #RcCodeStore:session-only; so too when libsecret cannot be opened.
 * It is opened the first time a code is kept, looked up or forgotten, not
 * linked (see rc-library.c): the first screen has no use for it.
 */

#define G_LOG_DOMAIN "radio-code-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "rc-code-store.h"
#include "rc-error.h"
#include "rc-library.h"

struct _RcCodeStore
{
  GObject     parent_instance;

  GTask      *running;       /* the call under way, or NULL */
  GQueue      waiting;       /* GTask, the calls after it, in order */
  GHashTable *memory;        /* serial → code, kept when no keyring answers */
  gboolean    busy;
  gboolean    session_only;
};

G_DEFINE_FINAL_TYPE (RcCodeStore, rc_code_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_SESSION_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  OP_KEEP,
  OP_LOOKUP,
  OP_FORGET,
} OpKind;

/* Each kind of call's GTask source tag, the address of its byte here: ISO C keeps function
 * pointers out of a gpointer, so the tag cannot be the public function. */
static const char source_tags[] = { OP_KEEP, OP_LOOKUP, OP_FORGET };

typedef struct
{
  OpKind  kind;
  char   *serial;
  char   *code;     /* OP_KEEP only */
} Op;

static const SecretSchema code_schema = {
  APP_ID ".Code", SECRET_SCHEMA_NONE,
  {
    { "serial", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  }
};

/* The libsecret calls this file makes, with the types secret.h gives them (checked without
 * referring to the functions themselves, which would link libsecret). */
typedef void (*SecretStore) (const SecretSchema *schema, GHashTable *attributes,
                             const char *collection, const char *label, const char *password,
                             GCancellable *cancellable, GAsyncReadyCallback callback,
                             gpointer user_data);
typedef void (*SecretLookup) (const SecretSchema *schema, GHashTable *attributes,
                              GCancellable *cancellable, GAsyncReadyCallback callback,
                              gpointer user_data);
typedef gboolean (*SecretDone) (GAsyncResult *result, GError **error);
typedef char *(*SecretLookupDone) (GAsyncResult *result, GError **error);

RC_LIBRARY_CHECK_TYPE (secret_password_storev, SecretStore);
RC_LIBRARY_CHECK_TYPE (secret_password_store_finish, SecretDone);
RC_LIBRARY_CHECK_TYPE (secret_password_lookupv, SecretLookup);
RC_LIBRARY_CHECK_TYPE (secret_password_lookup_finish, SecretLookupDone);
RC_LIBRARY_CHECK_TYPE (secret_password_clearv, SecretLookup);
RC_LIBRARY_CHECK_TYPE (secret_password_clear_finish, SecretDone);

static struct
{
  SecretStore      store;
  SecretDone       store_finish;
  SecretLookup     lookup;
  SecretLookupDone lookup_finish;
  SecretLookup     clear;
  SecretDone       clear_finish;
} secret;

static const RcLibrarySymbol secret_symbols[] = {
  { "secret_password_storev", (gpointer *) &secret.store },
  { "secret_password_store_finish", (gpointer *) &secret.store_finish },
  { "secret_password_lookupv", (gpointer *) &secret.lookup },
  { "secret_password_lookup_finish", (gpointer *) &secret.lookup_finish },
  { "secret_password_clearv", (gpointer *) &secret.clear },
  { "secret_password_clear_finish", (gpointer *) &secret.clear_finish },
  { NULL, NULL },
};

static RcLibrary libsecret = { SECRET_LIBRARY, secret_symbols, 0, NULL };

static void
op_free (gpointer data)
{
  Op *op = data;

  g_free (op->serial);
  g_free (op->code);
  g_free (op);
}

static void
set_busy (RcCodeStore *self,
          gboolean     busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_session_only (RcCodeStore *self,
                  gboolean     session_only)
{
  if (self->session_only == session_only)
    return;
  self->session_only = session_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ONLY]);
}

/* No secret service on the bus, none that can be started, or no bus at all. */
static gboolean
is_no_service (const GError *error)
{
  if (error->domain == G_DBUS_ERROR)
    return TRUE;
  return error->domain == G_IO_ERROR && error->code != G_IO_ERROR_CANCELLED;
}

static void run_next (RcCodeStore *self);

/* A keep is answered: in the keyring, or (with @error) in memory for the session. */
static void
return_kept (RcCodeStore  *self,
             GTask        *task,
             Op           *op,
             const GError *error)
{
  if (error == NULL)
    {
      g_hash_table_remove (self->memory, op->serial);
      set_session_only (self, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_hash_table_replace (self->memory, g_strdup (op->serial), g_strdup (op->code));
  set_session_only (self, TRUE);
  if (is_no_service (error))
    g_task_return_new_error (task, RC_ERROR, RC_ERROR_NO_KEYRING,
                             _("No keyring is available: the code is kept until the app "
                               "closes"));
  else
    g_task_return_new_error (task, RC_ERROR, RC_ERROR_KEYRING_FAILED,
                             /* Translators: the argument is the keyring's own explanation */
                             _("The keyring did not keep the code (%s): it is kept until "
                               "the app closes"), error->message);
}

/* A forget is answered: the memory's copy goes whatever the keyring says. */
static void
return_forgotten (RcCodeStore  *self,
                  GTask        *task,
                  Op           *op,
                  const GError *error)
{
  g_hash_table_remove (self->memory, op->serial);
  /* With no keyring at all, nothing can be left in one. */
  if (error == NULL || is_no_service (error))
    {
      set_session_only (self, error != NULL);
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_new_error (task, RC_ERROR, RC_ERROR_KEYRING_FAILED,
                             /* Translators: the argument is the keyring's own explanation */
                             _("The keyring did not delete the code: %s"), error->message);
}

/* The source tag of the stand-in for a libsecret call when libsecret cannot be opened. */
static const char no_library_tag;

/* Ends a libsecret call (or its stand-in); FALSE with @error if it was not done. */
static gboolean
finish_call (Op            *op,
             GAsyncResult  *result,
             char         **code,
             GError       **error)
{
  if (G_IS_TASK (result) && g_task_get_source_tag (G_TASK (result)) == &no_library_tag)
    return g_task_propagate_boolean (G_TASK (result), error);

  switch (op->kind)
    {
    case OP_KEEP:
      return secret.store_finish (result, error);
    case OP_LOOKUP:
      *code = secret.lookup_finish (result, error);
      return *error == NULL;
    case OP_FORGET:
      /* FALSE without an error: there was nothing to delete. */
      secret.clear_finish (result, error);
      return *error == NULL;
    default:
      g_assert_not_reached ();
    }
}

static void
op_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(RcCodeStore) self = g_object_ref (g_task_get_source_object (task));
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  gboolean done = FALSE;

  g_assert (self->running == task);
  /* The task's callback may make the next call at once: this one is over first. */
  self->running = NULL;

  done = finish_call (op, result, &code, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      run_next (self);
      return;
    }
  if (!done)
    g_debug ("The keyring did not answer a call for serial %s: %s", op->serial, error->message);

  switch (op->kind)
    {
    case OP_KEEP:
      return_kept (self, task, op, error);
      break;

    case OP_LOOKUP:
      /* Kept in memory is kept all the same; the keyring's copy is the newer one. */
      if (code == NULL)
        code = g_strdup (g_hash_table_lookup (self->memory, op->serial));
      if (!done)
        set_session_only (self, TRUE);
      g_task_return_pointer (task, g_steal_pointer (&code), g_free);
      break;

    case OP_FORGET:
      return_forgotten (self, task, op, error);
      break;

    default:
      g_assert_not_reached ();
    }

  run_next (self);
}

static void
start (RcCodeStore *self,
       GTask       *task)
{
  Op *op = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (!rc_library_open (&libsecret, &error))
    {
      /* Answered as when no keyring answers: the code is kept in memory. */
      g_autoptr(GTask) stand_in = g_task_new (NULL, cancellable, op_done_cb, g_object_ref (task));

      g_task_set_source_tag (stand_in, (gpointer) &no_library_tag);
      g_task_return_error (stand_in, g_steal_pointer (&error));
      return;
    }

  attributes = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (attributes, (gpointer) "serial", op->serial);
  switch (op->kind)
    {
    case OP_KEEP:
      label = rc_code_store_label (op->serial);
      secret.store (&code_schema, attributes, SECRET_COLLECTION_DEFAULT, label, op->code,
                    cancellable, op_done_cb, g_object_ref (task));
      break;
    case OP_LOOKUP:
      secret.lookup (&code_schema, attributes, cancellable, op_done_cb, g_object_ref (task));
      break;
    case OP_FORGET:
      secret.clear (&code_schema, attributes, cancellable, op_done_cb, g_object_ref (task));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Starts the next waiting call, unless one is under way. */
static void
run_next (RcCodeStore *self)
{
  while (self->running == NULL)
    {
      g_autoptr(GTask) task = g_queue_pop_head (&self->waiting);

      if (task == NULL)
        {
          set_busy (self, FALSE);
          return;
        }
      if (g_task_return_error_if_cancelled (task))
        continue;
      self->running = task;
      start (self, task);
    }
}

/* Every public call arrives here, so its contract is checked here. */
static void
enqueue (RcCodeStore         *self,
         OpKind               kind,
         const char          *serial,
         const char          *code,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data)
{
  GTask *task;
  Op *op;

  g_return_if_fail (RC_IS_CODE_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  op = g_new0 (Op, 1);
  op->kind = kind;
  op->serial = g_strdup (serial != NULL && serial[0] != '\0' ? serial
                                                             : RC_CODE_STORE_UNKNOWN_SERIAL);
  op->code = g_strdup (code);
  g_task_set_source_tag (task, (gpointer) &source_tags[kind]);
  g_task_set_task_data (task, op, op_free);

  g_queue_push_tail (&self->waiting, task);
  set_busy (self, TRUE);
  run_next (self);
}

/* Whether @result ends a call of @kind made on @self: what each finish function asks. */
static gboolean
is_result_of (RcCodeStore  *self,
              GAsyncResult *result,
              OpKind        kind)
{
  return g_task_is_valid (result, self) &&
         g_task_get_source_tag (G_TASK (result)) == &source_tags[kind];
}

static void
rc_code_store_finalize (GObject *object)
{
  RcCodeStore *self = RC_CODE_STORE (object);

  /* Every call holds the store, so none is left when it goes. */
  g_assert (self->running == NULL && g_queue_is_empty (&self->waiting));
  g_hash_table_unref (self->memory);

  G_OBJECT_CLASS (rc_code_store_parent_class)->finalize (object);
}

static void
rc_code_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RcCodeStore *self = RC_CODE_STORE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_SESSION_ONLY:
      g_value_set_boolean (value, self->session_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_code_store_class_init (RcCodeStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_code_store_finalize;
  object_class->get_property = rc_code_store_get_property;

  /**
   * RcCodeStore:busy:
   *
   * Whether calls are under way or waiting.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RcCodeStore:session-only:
   *
   * Whether the keyring failed the last call: codes are then kept in
   * memory, until the store is finalized.
   */
  properties[PROP_SESSION_ONLY] =
    g_param_spec_boolean ("session-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_code_store_init (RcCodeStore *self)
{
  g_queue_init (&self->waiting);
  self->memory = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* The name of the keyring items' schema, their "xdg:schema" attribute. */
const char *
rc_code_store_get_schema_name (void)
{
  return code_schema.name;
}

/**
 * rc_code_store_label:
 * @serial: (nullable): the radio's normalised serial, or %NULL when not known
 *
 * Returns: (transfer full): the label of the keyring item, as Seahorse shows it
 */
char *
rc_code_store_label (const char *serial)
{
  if (serial == NULL || serial[0] == '\0' || g_str_equal (serial, RC_CODE_STORE_UNKNOWN_SERIAL))
    return g_strdup (_("Radio Code: code for a radio whose serial is not known yet"));
  /* Translators: the label of the code's item in the keyring (Seahorse shows it); the
   * argument is the radio's serial */
  return g_strdup_printf (_("Radio Code: code for radio %s"), serial);
}

RcCodeStore *
rc_code_store_new (void)
{
  return g_object_new (RC_TYPE_CODE_STORE, NULL);
}

gboolean
rc_code_store_get_busy (RcCodeStore *self)
{
  g_return_val_if_fail (RC_IS_CODE_STORE (self), FALSE);

  return self->busy;
}

gboolean
rc_code_store_get_session_only (RcCodeStore *self)
{
  g_return_val_if_fail (RC_IS_CODE_STORE (self), FALSE);

  return self->session_only;
}

/**
 * rc_code_store_keep_async:
 * @serial: (nullable): the radio's normalised serial, or %NULL when not known yet
 * @code: the code, as the radio takes it
 *
 * Keeps @code in the keyring, in place of any code kept for @serial. When
 * no keyring answers, the code is kept in memory and the call ends with
 * %RC_ERROR_NO_KEYRING (or %RC_ERROR_KEYRING_FAILED).
 */
void
rc_code_store_keep_async (RcCodeStore         *self,
                          const char          *serial,
                          const char          *code,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (code != NULL && code[0] != '\0');

  enqueue (self, OP_KEEP, serial, code, cancellable, callback, user_data);
}

gboolean
rc_code_store_keep_finish (RcCodeStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (is_result_of (self, result, OP_KEEP), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * rc_code_store_lookup_async:
 * @serial: (nullable): the radio's normalised serial, or %NULL when not known yet
 *
 * Looks up the code kept for @serial: in the keyring, or in memory when the
 * keyring could not keep it.
 */
void
rc_code_store_lookup_async (RcCodeStore         *self,
                            const char          *serial,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  enqueue (self, OP_LOOKUP, serial, NULL, cancellable, callback, user_data);
}

/**
 * rc_code_store_lookup_finish:
 *
 * A keyring that does not answer is no error here: the code is then the one
 * kept in memory, if any.
 *
 * Returns: (transfer full) (nullable): the code, or %NULL when none is kept
 */
char *
rc_code_store_lookup_finish (RcCodeStore   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (is_result_of (self, result, OP_LOOKUP), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * rc_code_store_forget_async:
 * @serial: (nullable): the radio's normalised serial, or %NULL when not known yet
 *
 * Deletes the code kept for @serial, from the keyring and from memory.
 * Nothing to delete is no error.
 */
void
rc_code_store_forget_async (RcCodeStore         *self,
                            const char          *serial,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  enqueue (self, OP_FORGET, serial, NULL, cancellable, callback, user_data);
}

gboolean
rc_code_store_forget_finish (RcCodeStore   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (is_result_of (self, result, OP_FORGET), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
