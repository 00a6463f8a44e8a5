<?php
/* Smarty compiled template (stub) */
