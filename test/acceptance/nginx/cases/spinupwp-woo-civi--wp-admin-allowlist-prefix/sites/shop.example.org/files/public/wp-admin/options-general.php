<?php
// wp-admin options-general
