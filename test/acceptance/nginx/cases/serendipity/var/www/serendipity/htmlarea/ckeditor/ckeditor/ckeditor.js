// CKEditor
