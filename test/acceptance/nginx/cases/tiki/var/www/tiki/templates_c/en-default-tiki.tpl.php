<?php /* Smarty version 4, created from "tiki.tpl" */
