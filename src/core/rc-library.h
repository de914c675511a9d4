/* rc-library.h — a library opened the first time it is needed, not linked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One function to look up: its name, and where its address goes. */
typedef struct
{
  const char  *name;
  gpointer    *address;
} RcLibrarySymbol;

/* A library and the functions the app calls in it; static, zero but for the first two. */
typedef struct
{
  const char            *file;     /* its file name, as the dynamic loader finds it */
  const RcLibrarySymbol *symbols;  /* ends with { NULL, NULL } */
  gsize                  opened;
  char                  *failure;  /* why it cannot be used, once tried */
} RcLibrary;

/* Fails to build unless @function, as its header declares it, has the type @type: the
 * type of a pointer the caller keeps its address in. Refers to no symbol (_Generic does not
 * evaluate it), so it links nothing. */
#define RC_LIBRARY_CHECK_TYPE(function, type) \
  G_STATIC_ASSERT (_Generic (&function, type: 1, default: 0))

gboolean rc_library_open (RcLibrary  *library,
                          GError    **error);

G_END_DECLS
