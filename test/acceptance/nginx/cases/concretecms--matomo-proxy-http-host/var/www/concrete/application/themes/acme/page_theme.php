<?php
namespace Application\Theme\Acme;
class PageTheme extends \Concrete\Core\Page\Theme\Theme {}
