<?php
// CKEditor autoloader
