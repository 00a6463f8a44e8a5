<?php
// placeholder: sends a course document after a permission check
