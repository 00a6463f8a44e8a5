<?php
// Smarty
