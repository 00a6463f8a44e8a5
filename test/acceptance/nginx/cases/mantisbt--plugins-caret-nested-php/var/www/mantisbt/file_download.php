<?php
# sends attachments after an access check
