<?php
// Summernote editor plugin (stub)
global $Wcms;
