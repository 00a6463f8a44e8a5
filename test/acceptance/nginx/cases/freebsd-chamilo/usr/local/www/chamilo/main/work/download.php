<?php
// placeholder: sends a student assignment after a permission check
