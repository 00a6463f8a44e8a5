plupload.addI18n({});
