<?php // placeholder: a script a user managed to upload as an avatar (the file upload check was loose)
echo "uploaded script ran\n";
