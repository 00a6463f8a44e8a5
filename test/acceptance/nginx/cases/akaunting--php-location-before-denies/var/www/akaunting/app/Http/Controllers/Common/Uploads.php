<?php
// serves attachments after the permission check
