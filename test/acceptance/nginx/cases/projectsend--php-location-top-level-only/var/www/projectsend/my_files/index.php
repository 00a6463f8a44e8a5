<?php
// client file list: sends the client to the default template
