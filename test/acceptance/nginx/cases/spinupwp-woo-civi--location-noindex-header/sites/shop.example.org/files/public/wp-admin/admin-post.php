<?php
// wp-admin admin-post
