<?php /* Smarty version 2.6.31, created on 2024-05-14 10:02:11
         compiled from CRM/Contribute/Form/Contribution/Main.tpl */ ?>
<?php $this->_tag_stack[] = array('crmScope', array('extensionKey' => "")); ?>
