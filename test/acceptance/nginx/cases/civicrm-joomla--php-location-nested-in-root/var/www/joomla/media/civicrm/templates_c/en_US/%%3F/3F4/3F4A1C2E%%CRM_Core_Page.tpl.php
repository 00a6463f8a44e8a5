<?php /* Smarty version 2.6.31, created on 2025-03-02 09:12:44
         compiled from CRM/common/CMSPrint.tpl */ ?>
