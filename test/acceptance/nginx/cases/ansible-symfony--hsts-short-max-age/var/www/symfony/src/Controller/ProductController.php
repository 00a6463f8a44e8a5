<?php // placeholder: App\Controller\ProductController
