<?php
/* CONFIG START. DO NOT CHANGE ANYTHING IN OR AFTER THIS LINE. */
$conf['user']['allow_folders'] = true;
$conf['compose']['link_attachments'] = false;
$conf['compose']['attach_size_limit'] = 52428800;
/* CONFIG END. DO NOT CHANGE ANYTHING IN OR BEFORE THIS LINE. */
