<?php
// placeholder: Chamilo portal home
