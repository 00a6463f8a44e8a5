<main>{$content}</main>
