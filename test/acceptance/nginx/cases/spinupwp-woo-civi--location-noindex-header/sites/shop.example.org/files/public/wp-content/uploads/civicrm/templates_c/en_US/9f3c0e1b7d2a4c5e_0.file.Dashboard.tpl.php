<?php
/* Smarty version 4.5.4, created on 2025-11-02 */
