<?php
/* Smarty compiled template */
